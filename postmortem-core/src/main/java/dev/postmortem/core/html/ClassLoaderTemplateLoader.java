package dev.postmortem.core.html;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Loads templates from one given class loader only. Velocity's classpath loader asks the thread context class
 * loader first, which inside Jira or Confluence is the host's, not our bundle's.
 */
final class ClassLoaderTemplateLoader extends ResourceLoader {

    private final ClassLoader classLoader;

    ClassLoaderTemplateLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Configured in code; nothing to read.
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        InputStream stream = classLoader.getResourceAsStream(source);
        if (stream == null) {
            throw new ResourceNotFoundException("template not found: " + source);
        }
        try {
            return buildReader(stream, encoding);
        } catch (IOException e) {
            ResourceNotFoundException failure = new ResourceNotFoundException("template unreadable: " + source, e);
            try {
                stream.close();
            } catch (IOException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            throw failure;
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false; // templates ship inside the jar
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
