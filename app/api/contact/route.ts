import { contactTooLargeResponse, readContactForm, submitContactForm } from "@/lib/contact/submit";

// The contact form of every reading page posts here as a plain HTML form (the
// pages ship no JavaScript runtime for a server action); 303 = POST-redirect-GET.
export async function POST(request: Request) {
  // What a server action would check: a browser's cross-site post is refused.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && origin !== "null" && new URL(origin).host !== host) return new Response(null, { status: 403 });
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType)) return new Response(null, { status: 415 });
  const form = await readContactForm(request);
  if (!form) return contactTooLargeResponse(request);
  const location = await submitContactForm(form);
  return new Response(null, { status: 303, headers: { Location: location } });
}
