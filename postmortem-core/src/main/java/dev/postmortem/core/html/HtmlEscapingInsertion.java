package dev.postmortem.core.html;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * HTML-escapes every value a template inserts, so no reference can forget to; only a {@link TrustedHtml} goes in
 * as it is. Labels are escaped too: they are plain text.
 */
final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof TrustedHtml) {
            return value;
        }
        return HtmlTemplates.escape(value.toString());
    }
}
