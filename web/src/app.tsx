import { ArticlePage } from './pages/article-page.js';
import { StoryList } from './pages/story-list.js';
import { StoryPage } from './pages/story-page.js';
import { VersusPage } from './pages/versus-page.js';
import { href, type Route, useRoute } from './route.js';

export function App() {
  const route = useRoute();
  return (
    <>
      <header>
        <a class="brand" href={href.stories()}>
          storytrace
        </a>
        <nav>
          <a href={href.stories()}>Stories</a>
          <a href="/report?format=html">Report</a>
          <a href="/openapi.json">API</a>
        </nav>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'story':
      return <StoryPage key={route.id} id={route.id} />;
    case 'article':
      return <ArticlePage key={route.id} id={route.id} />;
    case 'versus':
      return <VersusPage key={`${route.id}/${route.source}`} id={route.id} source={route.source} />;
    case 'stories':
      return <StoryList q={route.q} offset={route.offset} />;
  }
}
