package fr.socle.lakehouse.odsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which queries another engine may answer from a copy of the rows, and how the copy is named in the SQL. */
class PortabilityTest {
  private static final OdsqlSchema PLAIN = new OdsqlSchema("open", "ville", "marches", List.of(
      new OdsqlField("nom", FieldType.TEXT, "nom"),
      new OdsqlField("montant", FieldType.DOUBLE, "montant"),
      new OdsqlField("nb", FieldType.INT, "nb"),
      new OdsqlField("actif", FieldType.BOOLEAN, "actif"),
      new OdsqlField("jour", FieldType.DATE, "jour")), "record_id", null);

  @ParameterizedTest(name = "{0} | {1} | {2}: {3}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "-                    | -                                              | -               | true",
      "nom, nb              | nb >= 3                                        | nb desc, nom    | true",
      "exclude(nom)         | nom = \"a\" and (actif or nb in (1, 2))        | -               | true",
      "include(nom)         | not (montant < 2.5) or nom is not null         | -               | true",
      "-                    | jour >= date'2024-01-01' and nb in [1..5]      | jour            | true",
      "-                    | record_id = \"abc\"                            | -               | true",
      "-                    | montant = nb                                   | -               | true",
      "-                    | \"piscine\"                                    | -               | false",
      "-                    | nom like \"pisc*\"                             | -               | false",
      "-                    | search(nom, \"piscine\")                       | -               | false",
      "-                    | year(jour) = 2024                              | -               | false",
      "-                    | nb + 1 > 3                                     | -               | false",
      "count(*) as n        | -                                              | -               | false",
      "upper(nom) as n      | -                                              | -               | false",
      "-                    | -                                              | montant * 2     | false",
      "-                    | nom = \"a\" or \"b\"                           | -               | false",
      "-                    | nom = (                                        | -               | false",
  })
  void plainQueriesArePortable(String select, String where, String orderBy, boolean portable) {
    assertThat(OdsqlQuery.on(PLAIN).select(select).where(where).orderBy(orderBy).portable()).isEqualTo(portable);
  }

  @Test
  void groupedQueriesAndRefinementsOnDatesStayOnTrino() {
    assertThat(OdsqlQuery.on(PLAIN).groupBy("nom").portable()).isFalse();
    assertThat(OdsqlQuery.on(PLAIN).refine("nom:a").exclude("nb:3").portable()).isTrue();
  }

  @Test
  void aTableWithTimesOrGeometryIsNeverPortable() {
    assertThat(OdsqlQuery.on(OdsqlTranslationTest.SCHEMA).select("nom").portable()).isFalse();
  }

  @Test
  void theCopyIsReadUnderItsOwnNameWithTheSameStatement() {
    OdsqlQuery query = OdsqlQuery.on(PLAIN).where("nb >= 3").page(10, 20);
    String trino = query.plan().sql().sql();
    String local = query.from("\"r_0123\"").plan().sql().sql();
    assertThat(trino).contains(" FROM \"open\".\"ville\".\"marches\" WHERE");
    assertThat(local).isEqualTo(trino.replace("\"open\".\"ville\".\"marches\"", "\"r_0123\""));
    assertThat(query.countSql().sql()).contains(" FROM \"r_0123\" WHERE");
    assertThat(query.from(null).plan().sql().sql()).isEqualTo(trino);
    assertThatThrownBy(() -> query.from("r_0123; DROP TABLE x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query.from("\"a\".\"b\"")).isInstanceOf(IllegalArgumentException.class);
  }
}
