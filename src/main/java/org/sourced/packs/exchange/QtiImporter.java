package org.sourced.packs.exchange;

final class QtiImporter implements QuestionImporter {

    private final ImportLimits limits;

    QtiImporter(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public ImportResult read(byte[] file) {
        throw new UnsupportedOperationException("not yet");
    }
}
