package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.query.QueryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

class ClientGoneTest {
  @Test
  void anAbandonedDownloadIsRecognisedHoweverDeepItsCause() {
    IOException reset = new IOException("Connection reset by peer");
    QueryException interrupted = new QueryException(QueryException.Code.CANCELLED, "requête interrompue",
        new UncheckedIOException(reset));

    assertThat(ClientGone.is(new IOException("export interrupted: CANCELLED", interrupted))).isTrue();
    assertThat(ClientGone.is(new AsyncRequestNotUsableException("ServletOutputStream failed to write"))).isTrue();
    assertThat(ClientGone.is(new IOException("Broken pipe"))).isTrue();
  }

  @Test
  void realFailuresAreNot() {
    assertThat(ClientGone.is(new IllegalStateException("broken pipe"))).isFalse();
    assertThat(ClientGone.is(new IOException("disk full"))).isFalse();
    assertThat(ClientGone.is(new QueryException(QueryException.Code.CANCELLED, "requête annulée"))).isFalse();
  }

  @Test
  void anErrorHandlerWritesOnlyWhileNothingWentOut() throws Exception {
    IOException failure = new IOException("Trino a tué la requête");
    MockHttpServletResponse fresh = new MockHttpServletResponse();
    MockHttpServletResponse underWay = new MockHttpServletResponse();
    underWay.getOutputStream().write("id,libelle\n1,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    underWay.flushBuffer();

    assertThat(ClientGone.answerUnderWay(fresh, failure)).isFalse();
    assertThatThrownBy(() -> ClientGone.answerUnderWay(underWay, failure)).isSameAs(failure);
    assertThat(ClientGone.answerUnderWay(underWay, new IOException("Broken pipe"))).isTrue();
  }
}
