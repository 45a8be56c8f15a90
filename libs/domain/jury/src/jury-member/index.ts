export * from './jury-member-stream';
export * from './jury-member.state';
export * from './jury-member.command';
export * from './jury-member.evolve';
export * from './jury-member.decider';
export * from './events/jury-member-event-catalogue';
export * from './register-jury-member/register-jury-member.command';
