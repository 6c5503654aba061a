# The API image of the production layout (compose.yaml): built once, run as the one-shot
# `migrate` service and as every API replica. The portal is built in and served by the API.
FROM node:20-bookworm-slim
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm build
USER node
EXPOSE 4000
CMD ["node", "apps/api/dist/main.js"]
