package org.sourced.web;

import io.quarkus.qute.TemplateData;

/** One option of a {@code {#select}} form tag: the value posted and the label shown. */
@TemplateData
public record SelectOption(String value, String label) {
}
