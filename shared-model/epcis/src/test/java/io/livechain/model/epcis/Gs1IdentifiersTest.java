package io.livechain.model.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.epcis.Gs1Identifiers.Product;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gs1IdentifiersTest {

    @ParameterizedTest
    @CsvSource({
        // GS1 General Specifications / TDS examples; the last digit is the mod-10 check digit
        "0614141123452, 061414112345",
        "10614141073464, 1061414107346",
        "80614141123458, 8061414112345",
        "106141412345678908, 10614141234567890",
        "09506000134352, 0950600013435",
        "00000000000000, 0000000000000"
    })
    void checkDigitIsGs1Mod10(String key, String body) {
        assertEquals(key, Gs1Identifiers.withCheckDigit(body));
        assertTrue(Gs1Identifiers.hasValidCheckDigit(key));
    }

    @Test
    void wrongCheckDigitIsDetected() {
        assertFalse(Gs1Identifiers.hasValidCheckDigit("10614141073465"));
        assertFalse(Gs1Identifiers.hasValidCheckDigit("1061414107346X"));
    }

    @Test
    void sgtinPutsIndicatorDigitFirstAndAddsCheckDigit() {
        assertEquals(
                Optional.of(new Product("80614141123458", null, "400")),
                Gs1Identifiers.product("urn:epc:id:sgtin:0614141.812345.400"));
        assertEquals(
                Optional.of(new Product("10614141073464", null, "2017")),
                Gs1Identifiers.product("urn:epc:id:sgtin:0614141.107346.2017"));
    }

    @Test
    void lgtinNamesTheLot() {
        assertEquals(
                Optional.of(new Product("04012345123456", "998877", null)),
                Gs1Identifiers.product("urn:epc:class:lgtin:4012345.012345.998877"));
    }

    @Test
    void sgtinPatternNamesTheClassOnly() {
        assertEquals(
                Optional.of(new Product("04012345987652", null, null)),
                Gs1Identifiers.product("urn:epc:idpat:sgtin:4012345.098765.*"));
    }

    @Test
    void digitalLinkOnAnyHostWithSerialOrLot() {
        assertEquals(
                Optional.of(new Product("10614141073464", null, "2017")),
                Gs1Identifiers.product("https://id.gs1.org/01/10614141073464/21/2017"));
        assertEquals(
                Optional.of(new Product("04012345123456", "998877", null)),
                Gs1Identifiers.product("https://example.com/shop/01/04012345123456/10/998877?linkType=all"));
    }

    @Test
    void shortGtinsArePaddedToFourteenDigits() {
        assertEquals(
                "09506000134352",
                Gs1Identifiers.product("https://id.gs1.org/01/9506000134352")
                        .orElseThrow()
                        .gtin());
        assertEquals(
                "00614141000036",
                Gs1Identifiers.product("https://id.gs1.org/01/614141000036")
                        .orElseThrow()
                        .gtin());
        assertEquals(
                "00000095060002",
                Gs1Identifiers.product("https://id.gs1.org/01/95060002")
                        .orElseThrow()
                        .gtin());
    }

    @Test
    void epcAndDigitalLinkOfOneProductGiveTheSameSku() {
        assertEquals(
                Gs1Identifiers.product("urn:epc:id:sgtin:0614141.107346.2018")
                        .orElseThrow()
                        .gtin(),
                Gs1Identifiers.product("https://id.gs1.org/01/10614141073464/21/2018")
                        .orElseThrow()
                        .gtin());
        assertEquals(
                Gs1Identifiers.product("urn:epc:idpat:sgtin:4012345.098765.*")
                        .orElseThrow()
                        .gtin(),
                Gs1Identifiers.product("https://id.gs1.org/01/04012345987652")
                        .orElseThrow()
                        .gtin());
    }

    @Test
    void digitalLinkWithWrongCheckDigitIsRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Gs1Identifiers.product("https://id.gs1.org/01/10614141073465/21/1"));
    }

    @Test
    void sglnWithoutExtension() {
        assertEquals(Optional.of("0614141008889"), Gs1Identifiers.location("urn:epc:id:sgln:0614141.00888.0"));
        assertEquals(Optional.of("0012345111112"), Gs1Identifiers.location("urn:epc:id:sgln:0012345.11111.0"));
    }

    @Test
    void sglnWithExtensionAppendsItAfterADot() {
        assertEquals(Optional.of("0614141123452.400"), Gs1Identifiers.location("urn:epc:id:sgln:0614141.12345.400"));
    }

    @Test
    void digitalLinkLocationWithAndWithoutExtension() {
        assertEquals(Optional.of("0614141123452"), Gs1Identifiers.location("https://id.gs1.org/414/0614141123452"));
        assertEquals(
                Optional.of("0614141123452.400"),
                Gs1Identifiers.location("https://example.org/414/0614141123452/254/400"));
    }

    @Test
    void ssccIsALogisticUnitNotAProduct() {
        assertEquals(Optional.of("106141412345678908"), Gs1Identifiers.sscc("urn:epc:id:sscc:0614141.1234567890"));
        assertEquals(
                Optional.of("106141412345678908"), Gs1Identifiers.sscc("https://id.gs1.org/00/106141412345678908"));
        assertEquals(Optional.empty(), Gs1Identifiers.product("urn:epc:id:sscc:0614141.1234567890"));
        assertEquals(Optional.empty(), Gs1Identifiers.product("https://id.gs1.org/00/106141412345678908"));
    }

    @Test
    void otherIdentifiersAreNeitherProductsNorLocations() {
        assertEquals(Optional.empty(), Gs1Identifiers.product("urn:epc:id:giai:4000001.12345"));
        assertEquals(Optional.empty(), Gs1Identifiers.location("urn:epc:id:giai:4000001.12345"));
        assertEquals(Optional.empty(), Gs1Identifiers.product("https://example.com/products/42"));
    }

    @Test
    void canonicalDigitalLinkOfEpcUris() {
        assertEquals(
                Optional.of("https://id.gs1.org/01/10614141073464/21/2017"),
                Gs1Identifiers.canonicalDigitalLink("urn:epc:id:sgtin:0614141.107346.2017"));
        assertEquals(
                Optional.of("https://id.gs1.org/414/0614141073467/254/1234"),
                Gs1Identifiers.canonicalDigitalLink("urn:epc:id:sgln:0614141.07346.1234"));
        assertEquals(
                Optional.of("https://id.gs1.org/00/106141412345678908"),
                Gs1Identifiers.canonicalDigitalLink("urn:epc:id:sscc:0614141.1234567890"));
        assertEquals(
                Optional.of("https://id.gs1.org/01/04012345123456/21/7"),
                Gs1Identifiers.canonicalDigitalLink("https://brand.example/01/4012345123456/10/L1/21/7?x=1"));
    }
}
