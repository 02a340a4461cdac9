package org.sourced.packs.exchange;

final class MoodleXmlImporter implements QuestionImporter {

    private final ImportLimits limits;

    MoodleXmlImporter(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public ImportResult read(byte[] file) {
        throw new UnsupportedOperationException("not yet");
    }
}
