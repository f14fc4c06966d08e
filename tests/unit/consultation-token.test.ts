import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "@/lib/consultations/token";

const secret = "s".repeat(40);

describe("self-service link tokens", () => {
  it("verifies its own signature and returns the claims", () => {
    const token = signToken({ requestId: "ckabc123", version: 0 }, secret);
    expect(verifyToken(token, secret)).toEqual({ requestId: "ckabc123", version: 0 });
  });

  it("rejects a token re-pointed at another request or version", () => {
    const token = signToken({ requestId: "ckabc123", version: 0 }, secret);
    const [, , sig] = token.split(".");
    expect(verifyToken(`ckother99.0.${sig}`, secret)).toBeNull();
    expect(verifyToken(`ckabc123.1.${sig}`, secret)).toBeNull();
  });

  it("rejects another secret, tampering and malformed input", () => {
    const token = signToken({ requestId: "ckabc123", version: 3 }, secret);
    expect(verifyToken(token, "t".repeat(40))).toBeNull();
    expect(verifyToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), secret)).toBeNull();
    expect(verifyToken("", secret)).toBeNull();
    expect(verifyToken("a.b.c", secret)).toBeNull();
    expect(verifyToken(`${token}x`, secret)).toBeNull();
  });
});
