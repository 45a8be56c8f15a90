# One image per service, chosen by the SERVICE build argument (candidate-registry, evaluation, jury,
# document-issuance). Built from the repository root: docker build -f infra/docker/service.Dockerfile .
FROM node:20.19-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --include=dev
COPY tsconfig.base.json ./
COPY libs ./libs
COPY apps ./apps
COPY infra/postgres ./infra/postgres
ARG SERVICE
ENV SERVICE=${SERVICE}
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node -r ts-node/register/transpile-only -r tsconfig-paths/register apps/${SERVICE}/src/main.ts"]
