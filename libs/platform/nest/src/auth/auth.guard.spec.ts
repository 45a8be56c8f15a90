import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { probeConfig } from '../testing/probe-config';
import { RequestValidationException } from '../errors/request-validation.exception';
import { AuthGuard } from './auth.guard';
import { Authorize, OWN_FILE } from './authorize.decorator';
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

class OwnFile {
  @Authorize({ candidate: OWN_FILE })
  read(): string {
    return 'a file';
  }
}

const ownFileContext = (token: string, params: Record<string, string>): ExecutionContext => {
  const request = { headers: { authorization: `Bearer ${token}` }, method: 'GET', url: '/candidates/x', params };
  return {
    getHandler: () => OwnFile.prototype.read,
    getClass: () => OwnFile,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}) }),
  } as unknown as ExecutionContext;
};

describe('AuthGuard on a route with a resource scope (guards run before the parameter pipes)', () => {
  const guard = new AuthGuard(new Reflector(), new TokenVerifier(developmentSigningKey()), probeConfig());
  const candidateToken = () => signDevelopmentToken({ subject: 'c-1', role: 'candidate' });

  // Found by the long OpenAPI fuzz run: a NUL in a candidate id reached PostgreSQL (22021) through an assignment lookup.
  it.each([['a NUL', 'c-1\u0000'], ['a space', 'c 1'], ['65 characters', 'c'.repeat(65)]])('answers 400 naming a parameter with %s before any resolver looks it up', async (_what, id) => {
    const refusal = guard.canActivate(ownFileContext(await candidateToken(), { id }));
    await expect(refusal).rejects.toBeInstanceOf(RequestValidationException);
    await expect(refusal).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'id' })] });
  });

  it('lets the candidate through on their own well-formed id, and refuses another', async () => {
    await expect(guard.canActivate(ownFileContext(await candidateToken(), { id: 'c-1' }))).resolves.toBe(true);
    await expect(guard.canActivate(ownFileContext(await candidateToken(), { id: 'c-2' }))).rejects.toBeInstanceOf(ForbiddenException);
  });
});
