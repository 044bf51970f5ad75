package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.odsql.OdsqlException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The catalogue's {@code select} as reuses write it: paths kept in place, {@code exclude()}, nothing ignored. */
class CatalogSelectTest {
  private static final ObjectNode DATASET = (ObjectNode) JsonMapper.shared().readTree("""
      {"dataset_id": "equipements", "has_records": true, "features": ["analyze", "geo"], "attachments": [],
       "fields": [{"name": "nom", "type": "text", "annotations": {"facet": []}},
                  {"name": "nb", "type": "int", "annotations": {}}],
       "metas": {"default": {"title": "Équipements", "keyword": ["sport"], "records_count": 250}}}""");

  private static String select(String select) {
    CatalogSelect parsed = CatalogSelect.parse(select);
    return parsed == null ? "all" : parsed.apply(DATASET).toString();
  }

  @Test
  void pathsKeepTheirPlaceInTheDescription() {
    assertThat(select("dataset_id, metas.default.title"))
        .isEqualTo("{\"dataset_id\":\"equipements\",\"metas\":{\"default\":{\"title\":\"Équipements\"}}}");
    assertThat(select("`dataset_id`,metas.default.records_count, metas.default.title"))
        .isEqualTo("{\"dataset_id\":\"equipements\",\"metas\":{\"default\":{\"records_count\":250,"
            + "\"title\":\"Équipements\"}}}");
    assertThat(select("fields.name, fields.type"))
        .isEqualTo("{\"fields\":[{\"name\":\"nom\",\"type\":\"text\"},{\"name\":\"nb\",\"type\":\"int\"}]}");
    assertThat(select("include(features)")).isEqualTo("{\"features\":[\"analyze\",\"geo\"]}");
  }

  @Test
  void excludeLeavesPartsOutOfEverythingElse() {
    assertThat(select("exclude(fields), exclude(attachments), exclude(features)"))
        .isEqualTo("{\"dataset_id\":\"equipements\",\"has_records\":true,\"metas\":{\"default\":{\"title\":"
            + "\"Équipements\",\"keyword\":[\"sport\"],\"records_count\":250}}}");
    assertThat(select("*, exclude(metas.default.keyword), exclude(fields.annotations), exclude(fields.type)"))
        .isEqualTo("{\"dataset_id\":\"equipements\",\"has_records\":true,\"features\":[\"analyze\",\"geo\"],"
            + "\"attachments\":[],\"fields\":[{\"name\":\"nom\"},{\"name\":\"nb\"}],\"metas\":{\"default\":{"
            + "\"title\":\"Équipements\",\"records_count\":250}}}");
    assertThat(select("dataset_id, metas, exclude(metas.default.records_count)"))
        .isEqualTo("{\"dataset_id\":\"equipements\",\"metas\":{\"default\":{\"title\":\"Équipements\","
            + "\"keyword\":[\"sport\"]}}}");
  }

  @Test
  void flatExportsKeepThePartsUnderASelectedPathAndNoExcludedOne() {
    CatalogSelect titles = CatalogSelect.parse("dataset_id, metas.default.title");
    assertThat(titles.keeps(List.of("metas", "default", "title"))).isTrue();
    assertThat(titles.keeps(List.of("dataset_id"))).isTrue();
    assertThat(titles.keeps(List.of("metas", "default", "description"))).isFalse();
    CatalogSelect allButMetas = CatalogSelect.parse("exclude(metas)");
    assertThat(allButMetas.keeps(List.of("metas", "default", "title"))).isFalse();
    assertThat(allButMetas.keeps(List.of("_links"))).isTrue();
    assertThat(CatalogSelect.parse("metas").keeps(List.of("metas", "default", "keyword"))).isTrue();
  }

  @Test
  void everythingWhenNothingNarrowsIt() {
    assertThat(select(null)).isEqualTo("all");
    assertThat(select(" ")).isEqualTo("all");
    assertThat(select("*")).isEqualTo("all");
  }

  @Test
  void whatDoesNotApplyToACatalogueIsRefusedNotIgnored() {
    assertThatThrownBy(() -> select("count(*)")).isInstanceOf(OdsqlException.class)
        .hasMessageContaining("Only field names, * and exclude() are supported").hasMessageContaining("select");
    assertThatThrownBy(() -> select("dataset_id as id")).isInstanceOf(OdsqlException.class);
    assertThatThrownBy(() -> select("exclude(secret)")).hasMessageContaining("Unknown field: secret");
    assertThatThrownBy(() -> select("title")).hasMessageContaining("Unknown field: title")
        .hasMessageContaining("its title is metas.default.title");
  }
}
