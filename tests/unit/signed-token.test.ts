import { describe, expect, it } from "vitest";
import { signToken, TOKEN_PURPOSE, verifyToken } from "@/lib/security/signed-token";

const secret = "s".repeat(40);
const { consultation, submissionRevise } = TOKEN_PURPOSE;

describe("signed link tokens", () => {
  it("verifies its own signature and returns the claims", () => {
    const token = signToken(consultation, { id: "ckabc123", version: 0 }, secret);
    expect(verifyToken(consultation, token, secret)).toEqual({ id: "ckabc123", version: 0 });
  });

  it("rejects a token re-pointed at another record or version", () => {
    const token = signToken(consultation, { id: "ckabc123", version: 0 }, secret);
    const [, , sig] = token.split(".");
    expect(verifyToken(consultation, `ckother99.0.${sig}`, secret)).toBeNull();
    expect(verifyToken(consultation, `ckabc123.1.${sig}`, secret)).toBeNull();
  });

  it("rejects a token signed for another purpose", () => {
    const token = signToken(submissionRevise, { id: "ckabc123", version: 7 }, secret);
    expect(verifyToken(submissionRevise, token, secret)).toEqual({ id: "ckabc123", version: 7 });
    expect(verifyToken(consultation, token, secret)).toBeNull();
  });

  it("rejects another secret, tampering and malformed input", () => {
    const token = signToken(consultation, { id: "ckabc123", version: 3 }, secret);
    expect(verifyToken(consultation, token, "t".repeat(40))).toBeNull();
    expect(verifyToken(consultation, token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), secret)).toBeNull();
    expect(verifyToken(consultation, "", secret)).toBeNull();
    expect(verifyToken(consultation, "a.b.c", secret)).toBeNull();
    expect(verifyToken(consultation, `${token}x`, secret)).toBeNull();
    expect(verifyToken(consultation, 42, secret)).toBeNull();
  });
});
