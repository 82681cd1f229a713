import { NextResponse, type NextRequest } from "next/server";

/**
 * Next 16 answers 500 when a dynamic segment holds a percent-encoding that is
 * not UTF-8 ("/releases/%ZZ"; vercel/next.js#92527). No page has such an
 * address, so it is answered 404 before routing sees it.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Only the sections with dynamic segments: everything else is served untouched.
  matcher: ["/releases/:path*", "/calls/:path*", "/timeline/:path*"],
};
