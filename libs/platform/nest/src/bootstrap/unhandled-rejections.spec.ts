import { EventEmitter } from 'node:events';
import { UnhandledRejections } from './unhandled-rejections';

describe('UnhandledRejections', () => {
  const unknownTopic = () => Object.assign(new Error('This server does not host this topic-partition'), { name: 'KafkaJSProtocolError' });

  it('logs each distinct rejection once, and readiness turns degraded naming the last one', () => {
    const logged: string[] = [];
    const rejections = new UnhandledRejections((message) => logged.push(message));
    expect(rejections.readiness().status).toBe('up');

    const source = new EventEmitter();
    const uninstall = rejections.install(source);
    source.emit('unhandledRejection', unknownTopic());
    source.emit('unhandledRejection', unknownTopic());
    source.emit('unhandledRejection', 'a string reason');

    expect(logged).toEqual([
      'unhandled promise rejection (the process goes on; logged once per error): KafkaJSProtocolError: This server does not host this topic-partition',
      'unhandled promise rejection (the process goes on; logged once per error): a string reason',
    ]);
    expect(rejections.readiness()).toEqual({
      status: 'degraded',
      details: { unhandledRejections: 3, distinct: 2, last: 'a string reason', message: '3 unhandled promise rejection(s), see the log' },
    });
    uninstall();
    expect(source.listenerCount('unhandledRejection')).toBe(0);
  });
});
