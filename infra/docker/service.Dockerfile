# One image per service, chosen by the SERVICE build argument (candidate-registry, evaluation, jury,
# document-issuance, audit). Built from the repository root:
#   docker build -f infra/docker/service.Dockerfile --target runtime --build-arg SERVICE=jury .
# Two stages: `build` compiles the service with every dev dependency (README, "Built services");
# `runtime` holds only the compiled bundle and the production dependencies, and runs as `node`.

FROM node:20.19-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --include=dev
COPY nx.json tsconfig.base.json ./
COPY tools/build ./tools/build
COPY libs ./libs
COPY apps ./apps
ARG SERVICE
# No daemon and no cache to keep: the stage builds once and is thrown away.
RUN test -n "${SERVICE}" && NX_DAEMON=false npx nx build "${SERVICE}" --skip-nx-cache

FROM node:20.19-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Production dependencies only: no TypeScript, no ts-node, no test tooling in the image.
RUN npm ci --no-audit --no-fund --omit=dev && npm cache clean --force
# postgres-init (docker-compose.yml) runs create-databases.mjs from this image.
COPY infra/postgres ./infra/postgres
ARG SERVICE
COPY --from=build /build/dist/apps/${SERVICE} ./dist/apps/${SERVICE}
ENV SERVICE=${SERVICE}
# Young-generation semi-spaces of 4 MB instead of 16: about 20 MB less RSS per service (README, "Built
# services"), as tools/journey/launch runs them.
ENV NODE_OPTIONS="--max-semi-space-size=4"
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/main.js"]
