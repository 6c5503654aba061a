import { createApp } from 'vue';
import { setUnauthenticatedHandler } from './api/graphql-request';
import App from './app.vue';
import { createAppI18n } from './i18n/i18n';
import { startFirstScreen } from './router/first-screen';
import { createAppRouter } from './router/router';
import { forgetViewer } from './session/use-session';
import './styles.css';

// Before anything is mounted: the viewer's request and the first screen's leave now (issue 15).
startFirstScreen(location.pathname, location.search);
const router = createAppRouter();
setUnauthenticatedHandler(() => {
  forgetViewer();
  const current = router.currentRoute.value;
  if (!current.meta.public) void router.push({ name: 'sign-in', query: { redirect: current.fullPath } });
});

createApp(App).use(createAppI18n()).use(router).mount('#app');
