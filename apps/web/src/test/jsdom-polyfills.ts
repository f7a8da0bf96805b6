import { configure } from '@testing-library/dom';

// jsdom has no fetch classes. TanStack Router's redirect() builds a Response (status + Location
// header) and checks `instanceof Response`; this stub carries exactly that much.
if (typeof globalThis.Response === 'undefined') {
  class ResponseStub {
    readonly status: number;
    readonly headers: Headers;
    constructor(_body?: unknown, init?: { status?: number; headers?: HeadersInit }) {
      this.status = init?.status ?? 200;
      this.headers = new Headers(init?.headers);
    }
  }
  (globalThis as { Response: unknown }).Response = ResponseStub;
}

// Router scroll restoration calls scrollTo, which jsdom does not implement.
window.scrollTo = () => undefined;

// findBy*/waitFor give up after 1 s by default; on a loaded CI machine (both cores busy with the
// API suites) a route's first render can take longer. A wait still fails when the thing never shows.
configure({ asyncUtilTimeout: 5_000 });
