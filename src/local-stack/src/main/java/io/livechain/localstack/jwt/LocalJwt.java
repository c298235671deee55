package io.livechain.localstack.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local stack's stand-in for an identity provider: an RSA key pair made on first start (kept
 * across restarts), the public half written where read-api's {@code livechain-jwt} Secret mount
 * points locally, and a fresh bearer token holding every role on each start.
 *
 * <p>In a cluster the tokens come from the users' own identity provider; read-api only verifies them.
 */
public final class LocalJwt {

    /** read-api's roles (io.livechain.readapi.access.Roles); the local token holds them all. */
    public static final List<String> ROLES = List.of("viewer", "operator", "integrator");
    /** The Secret read-api mounts its verification key from (knative/services/read-api.yaml). */
    public static final String SECRET = "livechain-jwt";

    private static final String PUBLIC_KEY_FILE = "publicKey.pem";
    private static final long VALID_MINUTES = 30L * 24 * 60;

    private final PrivateKey signingKey;
    private final String issuer;

    private LocalJwt(PrivateKey signingKey, String issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    /**
     * Loads the key pair from {@code keyFolder} (private key) and {@code secretFolder} (public key),
     * making a new pair when either is missing.
     */
    public static LocalJwt prepare(Path keyFolder, Path secretFolder, String issuer) {
        Path privateFile = keyFolder.resolve("privateKey.pem");
        Path publicFile = secretFolder.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                KeyPair pair = newKeyPair();
                Files.createDirectories(keyFolder);
                Files.createDirectories(secretFolder);
                writeOwnerOnly(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            return new LocalJwt(readPrivateKey(privateFile), issuer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the local JWT keys in " + keyFolder, e);
        }
    }

    /** A signed RS256 token for {@code subject} with {@code roles} in its {@code groups} claim. */
    public String token(String subject, List<String> roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(VALID_MINUTES);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign the local token", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make RSA keys", e);
        }
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException {
        String base64 =
                Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a PKCS#8 RSA private key; delete it to get a new pair", e);
        }
    }

    private static String pem(String label, byte[] der) {
        Base64.Encoder lines = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN " + label + "-----\n" + lines.encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own permissions apply.
        }
    }
}
