# The API service of docker-compose.yml (Neo4j runs in its own container there).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# compiled, as `npm run build` makes it: no TypeScript loader at run time
RUN npm run build
ENV NODE_ENV=development
EXPOSE 4000
# heap flags: see src/config/node-flags.ts
CMD ["node", "--max-semi-space-size=16", "--heap-growing-percent=50", "dist/scripts/start.js"]
