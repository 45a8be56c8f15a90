import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { probeConfig } from '../testing/probe-config';
import { AuthGuard } from './auth.guard';
import { signDevelopmentToken } from './sign-token';
import { developmentSigningKey } from './signing-keys';
import { TokenVerifier } from './token-verifier';

class Unpoliced {
  forgotten(): string {
    return 'anyone may read this';
  }
}

const contextOf = (headers: Record<string, string>): ExecutionContext => {
  const request = { headers, method: 'GET', url: '/unpoliced/forgotten' };
  return {
    getHandler: () => Unpoliced.prototype.forgotten,
    getClass: () => Unpoliced,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}) }),
  } as unknown as ExecutionContext;
};

describe('AuthGuard on a route that declares no policy (should start-up checks ever miss one)', () => {
  const guard = new AuthGuard(new Reflector(), new TokenVerifier(developmentSigningKey()), probeConfig());

  it('refuses it with 401 when there is no token', async () => {
    await expect(guard.canActivate(contextOf({}))).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('refuses it with 403 naming the missing policy when there is a valid token', async () => {
    const token = await signDevelopmentToken({ subject: 'someone', role: 'auditor', region: 'idf' });
    const refusal = guard.canActivate(contextOf({ authorization: `Bearer ${token}` }));
    await expect(refusal).rejects.toBeInstanceOf(ForbiddenException);
    await expect(refusal).rejects.toThrow(/no authorization policy.*@Authorize/);
  });
});
