package dev.postmortem.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleI18nResolverTest {

    private final BundleI18nResolver english = new BundleI18nResolver(Locale.ENGLISH, "i18n/sample", "i18n/base");
    private final BundleI18nResolver german = new BundleI18nResolver(Locale.GERMAN, "i18n/sample", "i18n/base");

    @Test
    void textsAreFormattedWithMessageFormatInTheLocale() {
        assertThat(english.getText("sample.greeting", "Ada")).isEqualTo("Hello Ada");
        assertThat(english.getText("sample.quote", 1234)).isEqualTo("It’s 1,234 items");
        assertThat(german.getText("sample.quote", 1234)).isEqualTo("Es sind 1.234 Dinge");
    }

    @Test
    void theFirstBundleThatHasTheKeyWins() {
        assertThat(english.getText("sample.shared")).isEqualTo("from the sample");
        assertThat(english.getText("sample.base")).isEqualTo("only in the base");
        assertThat(german.getText("sample.shared")).isEqualTo("aus der Basis");
    }

    @Test
    void aKeyMissingFromTheChosenLanguageFailsInsteadOfFallingBack() {
        assertThatThrownBy(() -> english.getText("sample.nowhere")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("sample.nowhere");
        assertThatThrownBy(() -> german.getText("sample.nonexistent", "x")).isInstanceOf(AssertionError.class);
    }

    @Test
    void aLanguageWithoutItsOwnBundleReadsTheDefaultOne() {
        BundleI18nResolver french = new BundleI18nResolver(Locale.FRENCH, "i18n/sample", "i18n/base");

        assertThat(french.getText("sample.greeting", "Ada")).isEqualTo("Hello Ada");
    }

    @Test
    void anotherLocaleIsAskedForByName() {
        assertThat(english.getText(Locale.GERMAN, "sample.base")).isEqualTo("nur in der Basis");
    }

    @Test
    void aBaseNameWithoutABundleFailsAtOnce() {
        assertThatThrownBy(() -> new BundleI18nResolver(Locale.ENGLISH, "i18n/absent"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("i18n/absent");
    }
}
