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
