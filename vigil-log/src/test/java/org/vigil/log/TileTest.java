package org.vigil.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TileTest {

    @Test
    void encodesIndicesAsTlogTilesPathElements() {
        JsonNode layout = Vectors.group("c2sp_examples").path("tile_layout");
        for (JsonNode c : layout.path("index_path_cases")) {
            assertThat(Tile.indexPath(c.path("n").asLong())).isEqualTo(c.path("path").asText());
        }
        assertThat(Tile.indexPath(0)).isEqualTo("000");
        assertThat(Tile.indexPath(999)).isEqualTo("999");
        assertThat(Tile.indexPath(1000)).isEqualTo("x001/000");
        assertThat(Tile.indexPath(1_000_000)).isEqualTo("x001/x000/000");
    }

    @Test
    void writesAsciiPathsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab")); // Arabic-Indic digits by default
            assertThat(Tile.indexPath(1_234_067)).isEqualTo("x001/x234/067");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void matchesTheGoChecksumDatabasePathsWithoutTheirHeight() {
        for (JsonNode c : Vectors.group("sumdb_tile_paths").path("cases")) {
            // Go writes tile/H/L/N[.p/W] with H = 3 there; tlog-tiles fixes H = 8 and omits it.
            String withoutHeight = c.path("path").asText().replaceFirst("^tile/" + c.path("H").asInt() + "/", "tile/");
            int width = c.path("W").asInt() == 1 << c.path("H").asInt() ? Tile.FULL_WIDTH : c.path("W").asInt();

            Tile tile = new Tile(c.path("L").asInt(), c.path("N").asLong(), width);

            assertThat(tile.path()).isEqualTo(withoutHeight);
        }
    }

    @Test
    void writesPartialTilesAndEntryBundlesWithTheirWidth() {
        assertThat(new Tile(0, 1234067, 5).path()).isEqualTo("tile/0/x001/x234/067.p/5");
        assertThat(new Tile(0, 1234067, 5).entriesPath()).isEqualTo("tile/entries/x001/x234/067.p/5");
        assertThat(new Tile(2, 3, 256).path()).isEqualTo("tile/2/003");
        assertThatThrownBy(() -> new Tile(1, 0, 3).entriesPath()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void coversATreeOf70000AsTheSpecificationCounts() {
        List<Tile> tiles = Tile.covering(70_000);

        List<Tile> level0 = tiles.stream().filter(t -> t.level() == 0).toList();
        assertThat(level0.stream().filter(Tile::isFull)).hasSize(273);
        assertThat(level0.stream().filter(t -> !t.isFull())).containsExactly(new Tile(0, 273, 112));
        assertThat(tiles.stream().filter(t -> t.level() == 1))
                .containsExactly(new Tile(1, 0, 256), new Tile(1, 1, 17));
        assertThat(tiles.stream().filter(t -> t.level() == 2)).containsExactly(new Tile(2, 0, 1));
        assertThat(tiles).hasSize(273 + 1 + 2 + 1);
    }

    @Test
    void coversATreeOf256WithOneFullTileAndAPartialTileAbove() {
        assertThat(Tile.covering(256)).containsExactly(new Tile(0, 0, 256), new Tile(1, 0, 1));
        assertThat(Tile.covering(0)).isEmpty();
    }

    @Test
    void rejectsOutOfRangeFieldsNamingThem() {
        assertThatThrownBy(() -> new Tile(0, 0, 257)).hasMessageContaining("257");
        assertThatThrownBy(() -> new Tile(0, 0, 0)).hasMessageContaining("width");
        assertThatThrownBy(() -> new Tile(64, 0, 1)).hasMessageContaining("64");
        assertThatThrownBy(() -> new Tile(0, -2, 1)).hasMessageContaining("-2");
    }
}
