package io.livechain.localstack.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.RsaKeyUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's key pair and token, checked as read-api checks them: signature by the public PEM, issuer, roles. */
class LocalJwtTest {

    @TempDir
    Path data;

    private Path keys() {
        return data.resolve("jwt");
    }

    private Path secret() {
        return data.resolve("secrets").resolve(LocalJwt.SECRET);
    }

    private PublicKey publicKey() throws Exception {
        return new RsaKeyUtil().fromPemEncoded(Files.readString(secret().resolve("publicKey.pem")));
    }

    private JwtClaims verify(String token, String issuer) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(publicKey())
                .setExpectedIssuer(issuer)
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);
    }

    @Test
    void tokenVerifiesWithThePublicKeyAndHoldsEveryRole() throws Exception {
        String token = LocalJwt.prepare(keys(), secret(), "livechain").token("local-admin", LocalJwt.ROLES);

        JwtClaims claims = verify(token, "livechain");
        assertEquals(List.of("viewer", "operator", "integrator"), claims.getStringListClaimValue("groups"));
        assertEquals("local-admin", claims.getClaimValueAsString("upn"));
        long validFor =
                claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertEquals(30L * 24 * 3600, validFor);
        assertEquals(
                PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(keys().resolve("privateKey.pem")));
    }

    @Test
    void keyPairIsKeptAcrossStartsSoEarlierTokensStayValid() throws Exception {
        String first = LocalJwt.prepare(keys(), secret(), "livechain").token("a", List.of("viewer"));
        String later = LocalJwt.prepare(keys(), secret(), "livechain").token("b", List.of("viewer"));

        verify(first, "livechain");
        verify(later, "livechain");
    }

    @Test
    void aLostPublicKeyMakesANewPairAndOldTokensStopVerifying() throws Exception {
        String old = LocalJwt.prepare(keys(), secret(), "livechain").token("a", List.of("viewer"));
        Files.delete(secret().resolve("publicKey.pem"));

        String fresh = LocalJwt.prepare(keys(), secret(), "livechain").token("a", List.of("viewer"));

        verify(fresh, "livechain");
        assertThrows(InvalidJwtException.class, () -> verify(old, "livechain"));
    }

    @Test
    void tokenCarriesTheConfiguredIssuer() throws Exception {
        String token = LocalJwt.prepare(keys(), secret(), "https://idp.example").token("a", List.of("viewer"));

        verify(token, "https://idp.example");
        assertThrows(InvalidJwtException.class, () -> verify(token, "livechain"));
    }
}
