/**
 * The part of `samlp` (auth0's SAML IdP middleware, a devDependency without types) that test-idp.ts uses.
 * Its handlers are Express-style: `req.query`/`req.body`, `res.set`/`res.send`, `next(err)`.
 */
declare module 'samlp' {
  interface ExpressLikeRequest {
    method: string;
    query: Record<string, string>;
    body: Record<string, string>;
    headers: Record<string, string | string[] | undefined>;
    protocol: string;
    originalUrl: string;
  }
  interface ExpressLikeResponse {
    set(name: string, value: string): void;
    send(statusOrBody: number | string | Buffer, body?: unknown): void;
  }
  type Next = (error?: unknown) => void;
  type Handler = (req: ExpressLikeRequest, res: ExpressLikeResponse, next: Next) => void;

  interface ProfileMap {
    getClaims(options: unknown): Record<string, string>;
    getNameIdentifier(options: unknown): { nameIdentifier: string; nameIdentifierFormat?: string };
  }
  interface ProfileMapper {
    (user: unknown): ProfileMap;
    prototype: { metadata: { id: string; displayName: string; description?: string }[] };
  }

  interface AuthOptions {
    issuer: string;
    cert: string;
    key: string;
    getPostURL(
      audience: string,
      samlRequestDom: unknown,
      req: ExpressLikeRequest,
      callback: (error: unknown, url?: string) => void,
    ): void;
    getUserFromRequest?(req: ExpressLikeRequest): unknown;
    profileMapper?: ProfileMapper;
    audience?: string;
    destination?: string;
    recipient?: string;
    signatureAlgorithm?: 'rsa-sha256' | 'rsa-sha1';
    digestAlgorithm?: 'sha256' | 'sha1';
    signResponse?: boolean;
    signAssertion?: boolean;
    /** Verifies the signature of the incoming AuthnRequest; an unsigned one is refused. */
    signingCert?: string;
    encryptionCert?: string;
    encryptionPublicKey?: string;
    authnContextClassRef?: string;
    lifetimeInSeconds?: number;
    sessionIndex?: string;
    includeAttributeNameFormat?: boolean;
    nameIdentifierFormat?: string;
  }

  interface ErrorOptions {
    issuer: string;
    cert: string;
    key: string;
    getPostURL(req: ExpressLikeRequest, callback: (error: unknown, url?: string) => void): void;
    error: { code: string; description?: string };
    inResponseTo?: string;
    destination?: string;
    RelayState?: string;
    signResponse?: boolean;
    signatureAlgorithm?: 'rsa-sha256' | 'rsa-sha1';
    digestAlgorithm?: 'sha256' | 'sha1';
  }

  interface ParsedRequest {
    issuer?: string;
    assertionConsumerServiceURL?: string;
    destination?: string;
    id?: string;
    requestedAuthnContext?: { authnContextClassRef: string };
  }

  interface MetadataOptions {
    issuer: string;
    cert: string;
    profileMapper?: ProfileMapper;
    redirectEndpointPath?: string;
    postEndpointPath?: string;
    logoutEndpointPaths?: { redirect?: string; post?: string };
  }

  const samlp: {
    auth(options: AuthOptions): Handler;
    sendError(options: ErrorOptions): Handler;
    parseRequest(req: ExpressLikeRequest, callback: (error: unknown, data?: ParsedRequest) => void): void;
    metadata(options: MetadataOptions): (req: ExpressLikeRequest, res: ExpressLikeResponse) => void;
  };
  export default samlp;
}
