package dev.postmortem.confluence.macro;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Loads the macro's templates with this bundle's class loader only: Velocity's classpath loader asks the thread
 * context class loader first, which inside Confluence is the host's.
 */
final class BundleTemplateLoader extends ResourceLoader {

    private final ClassLoader classLoader;

    BundleTemplateLoader(ClassLoader classLoader) {
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
            throw new ResourceNotFoundException("macro template not found: " + source);
        }
        try {
            return buildReader(stream, encoding);
        } catch (IOException e) {
            ResourceNotFoundException failure = new ResourceNotFoundException("macro template unreadable: " + source, e);
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
