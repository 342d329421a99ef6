import { createHash, timingSafeEqual } from 'node:crypto';
import { consentLog } from '../../../consent-log';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** `Authorization: Bearer <CONSENT_LOG_ADMIN_TOKEN>`; without that variable, nobody. */
function isAdmin(request: Request) {
  const token = process.env.CONSENT_LOG_ADMIN_TOKEN;
  return !!token && timingSafeEqual(digest(request.headers.get('authorization') ?? ''), digest(`Bearer ${token}`));
}

/**
 * The audit export: the history of one record id (every decision it replaced and that replaced
 * it, with the texts each was made on), as JSON. It is personal data: admins only, and a 404 for
 * everyone else, so that the route does not announce itself.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  if (!isAdmin(request)) return new Response(null, { status: 404 });
  const { id } = await params;
  return Response.json(await consentLog.history(id), { headers: { 'cache-control': 'no-store' } });
}
