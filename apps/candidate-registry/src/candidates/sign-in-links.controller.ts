import { Body, ConflictException, Controller, Inject, Post, Req, UnauthorizedException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { invalidInput } from '@titrepro/domain-kernel';
import { parseIssueLinkCode, parseLinkCandidateSignIn } from '@titrepro/domain-registry';
import { causationFromRequest } from '@titrepro/messaging';
import { ApiRoute, Authorize, IdParam, InvalidTokenError, OWN_REGION, Public, SERVICE_CONFIG, TokenVerifier, valueOrThrow } from '@titrepro/platform-nest';
import { CLOCK, Origin, StreamCommand, type Clock, type CommandOrigin } from '@titrepro/service-kit';
import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';
import type { RegistryConfig } from '../config/registry-config';
import { candidates } from './candidate-aggregate';

/** How long an officer's link code may be presented. */
export const LINK_CODE_DAYS = 14;

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const linkCodeResponse = z.object({
  candidateId: z.string(),
  code: z.string().describe('Shown once: give it to the candidate; only its SHA-256 is kept.'),
  expiresAt: z.iso.datetime(),
});
const presentedCode = z.strictObject({ code: z.string().min(1).max(100).describe('The code the regional office gave the candidate.') });
const linkedResponse = z.object({ candidateId: z.string(), linked: z.literal(true) });

/**
 * Linking a candidate's sign-in with the candidates' identity provider (FranceConnect-style,
 * pairwise subject) to their file, once: an officer of the home region issues a one-time code, the
 * candidate signed in with the provider presents it. The registry records CandidateSignInLinked
 * (a keyed digest of the subject); every service learns it from Kafka and from then on reads that
 * provider's tokens as this candidate.
 */
@ApiTags('candidates')
@Controller('candidates/:id')
export class SignInLinksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly verifier: TokenVerifier,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('link-codes')
  @Authorize({ 'regional-officer': OWN_REGION })
  @ApiRoute({
    summary: `Issue a one-time code linking the candidate's provider sign-in to this file (valid ${LINK_CODE_DAYS} days; replaces any unused code)`,
    success: { status: 201, description: 'The code, shown once', schema: linkCodeResponse },
    errors: [404, 409],
  })
  async issue(@IdParam('id') id: string, @Origin() origin: CommandOrigin): Promise<z.output<typeof linkCodeResponse>> {
    // 120 random bits, read aloud or copied: base64url without padding.
    const code = randomBytes(15).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + LINK_CODE_DAYS * 86_400_000).toISOString();
    const command = valueOrThrow(parseIssueLinkCode({ candidateId: id, actingRegion: this.config.REGION, codeDigest: sha256(code), expiresAt }));
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { candidateId: id, code, expiresAt };
  }

  /**
   * Public for the guard: the one route where a candidates' provider token that is not linked yet
   * is accepted. It verifies the token itself (TokenVerifier.verifyCandidateSignIn: keys, issuer,
   * audience, expiry, algorithms, and only a `candidates` issuer), so no other kind of token and
   * no anonymous caller gets past it.
   */
  @Post('sign-in-links')
  @Public()
  @ApiRoute({
    summary: "The candidate, signed in with the candidates' identity provider (bearer token), presents the office's code to link that sign-in to their file",
    success: { status: 201, description: 'Linked', schema: linkedResponse },
    errors: [400, 401, 403, 404, 409],
    body: { schema: presentedCode },
  })
  async link(@IdParam('id') id: string, @Body() body: unknown, @Req() request: Request): Promise<z.output<typeof linkedResponse>> {
    const signIn = await this.candidateSignInOf(request);
    const parsed = presentedCode.safeParse(body);
    if (!parsed.success) valueOrThrow({ ok: false, error: invalidInput('code', 'give the code the regional office issued, as {"code": "…"}') });
    if (signIn.linkedTo !== undefined) {
      throw new ConflictException(`SIGN-IN-LINK-ONCE: this sign-in is already linked to a candidate file${signIn.linkedTo === id ? '' : ' (another one)'}`);
    }
    const command = valueOrThrow(
      parseLinkCandidateSignIn({ candidateId: id, actingRegion: this.config.REGION, codeDigest: sha256(parsed.data?.code ?? ''), subjectDigest: signIn.subjectDigest }),
    );
    const origin: CommandOrigin = { actor: { subject: id, role: 'candidate' }, causation: causationFromRequest(request.headers) };
    await this.commands.execute(new StreamCommand(candidates.stream(id), command, origin));
    return { candidateId: id, linked: true };
  }

  private async candidateSignInOf(request: Request) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match?.[1]) throw new UnauthorizedException("a bearer token of the candidates' identity provider is required (Authorization: Bearer <token>)");
    try {
      return await this.verifier.verifyCandidateSignIn(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
