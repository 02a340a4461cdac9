package org.sourced.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings around a pack's own text: a source's entry beside the evidence (how its passages are counted), the
 * pack's languages and its language switch, and the cue linter's heading on the authoring page, in English;
 * templates print them as {@code {ptx:key}}. Armenian and Russian are in {@code messages/ptx_hy.properties} and
 * {@code ptx_ru.properties}. A bundle of its own so that this feature does not collide with the others (docs/i18n.md).
 */
@MessageBundle(value = "ptx", locale = "en")
public interface PackTextMessages {

    // ---- A source's entry ------------------------------------------------------------------------------

    @Message("About this source")
    String sourceEntry();

    @Message("Kind")
    String entryKind();

    @Message("Publisher")
    String entryPublisher();

    @Message("Date")
    String entryPublished();

    @Message("Address")
    String sourceAddress();

    @Message("How passages are counted")
    String sourceCounting();

    @Message("Paragraphs: {count}")
    String sourceParagraphs(int count);

    @Message("Articles: {count}")
    String sourceArticles(int count);
}
