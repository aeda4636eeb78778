# syntax=docker/dockerfile:1
# The bot as a container: `docker build -t cert-support-bot .` then
# `docker run -p 3978:3978 -v bot-data:/data cert-support-bot`. Two stages: the first installs
# everything, bundles the bot (dist/main.js), trains the language models and compresses Web Chat;
# the second holds only what runs, as the unprivileged `node` user.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 is a native addon: built here if no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/dialogs ./dialogs
# The model in dist/ records which training split it was learned from; start-up checks it against this.
COPY --from=build /app/corpus/utterances/train.jsonl ./corpus/utterances/train.jsonl
RUN mkdir -p /data && chown node:node /data
USER node
# The SQLite default keeps conversations here; with DATABASE_URL set the volume stays empty.
VOLUME ["/data"]
EXPOSE 3978
# Ready means the store accepts writes, every migration is applied and the content loaded.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: new requests are refused, turns in flight finish, the store closes, exit 0 (within 10 s,
# so keep the runtime's stop timeout above that). Node runs as PID 1 with no npm in between.
STOPSIGNAL SIGTERM
CMD ["node", "--disable-warning=DEP0111", "dist/main.js"]
