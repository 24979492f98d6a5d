# The API service of docker-compose.yml (Neo4j runs in its own container there).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run codegen
ENV NODE_ENV=development
EXPOSE 4000
CMD ["npx", "tsx", "scripts/start.ts"]
