package org.sourced.packs.exchange;

import org.sourced.packs.format.PackContent;

final class MoodleXmlExporter implements QuestionExporter {

    @Override
    public Exported write(PackContent pack) {
        throw new UnsupportedOperationException("not yet");
    }
}
