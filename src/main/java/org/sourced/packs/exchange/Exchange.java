package org.sourced.packs.exchange;

/** Where the REST layer gets an importer or exporter for a format. */
public final class Exchange {

    private Exchange() {
    }

    public static QuestionImporter importer(ExchangeFormat format, ImportLimits limits) {
        return switch (format) {
            case GIFT -> new GiftImporter(limits);
            case AIKEN -> new AikenImporter(limits);
            case MOODLE_XML -> new MoodleXmlImporter(limits);
            case QTI -> new QtiImporter(limits);
        };
    }

    public static QuestionExporter exporter(ExchangeFormat format) {
        return switch (format) {
            case GIFT -> new GiftExporter();
            case AIKEN -> new AikenExporter();
            case MOODLE_XML -> new MoodleXmlExporter();
            case QTI -> new QtiExporter();
        };
    }
}
