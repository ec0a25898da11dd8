package org.vigil.town;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TownOptionsTest {
    @Test
    void defaultsToAFewThousandConcernsInOneDistrict() {
        TownOptions options = TownOptions.defaults();
        assertThat(options.concerns()).isEqualTo(3000);
        assertThat(options.districts()).isEqualTo(1);
    }

    @Test
    void splitsABigTownIntoDistrictsOfAboutTheRequestedSize() {
        assertThat(TownOptions.defaults().withConcerns(1_000_000).districts()).isEqualTo(200);
        assertThat(TownOptions.defaults().withConcerns(5001).districts()).isEqualTo(2);
        assertThat(TownOptions.defaults().withConcerns(0).districts()).isEqualTo(1);
    }

    @Test
    void rejectsNegativeSizesAndTinyDistrictsNamingTheValue() {
        assertThatThrownBy(() -> TownOptions.defaults().withConcerns(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> TownOptions.defaults().withDistrictConcerns(10)).hasMessageContaining("10");
    }
}
