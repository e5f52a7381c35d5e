// The app (vite preview of the build) and the pages that embed it run on two ports: two origins,
// as when a newspaper embeds the timeline from the project's site.
const appPort = Number(process.env.E2E_PORT ?? 4173);
export const hostPagesPort = Number(process.env.E2E_EMBED_HOST_PORT ?? appPort + 100);

export const APP_ORIGIN = `http://127.0.0.1:${appPort}`;
export const HOST_ORIGIN = `http://127.0.0.1:${hostPagesPort}`;
