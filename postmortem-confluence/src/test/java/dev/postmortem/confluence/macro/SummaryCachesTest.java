package dev.postmortem.confluence.macro;

import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import dev.postmortem.testsupport.InMemoryCacheManager;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * The cluster decisions: a node-local short cache, a replicated last-good cache; both with the documented TTLs. The
 * host's cache manager is the in-memory one; the settings builder (a host class) is mocked to see what was asked.
 */
class SummaryCachesTest {

    @Test
    void freshCacheIsLocalAndLastGoodCacheIsReplicatedByCopy() {
        InMemoryCacheManager cacheManager = new InMemoryCacheManager();
        CacheSettings freshSettings = mock(CacheSettings.class);
        CacheSettings lastGoodSettings = mock(CacheSettings.class);

        SummaryCaches caches;
        List<CacheSettingsBuilder> builders;
        try (MockedConstruction<CacheSettingsBuilder> construction = mockConstruction(CacheSettingsBuilder.class,
                withSettings().defaultAnswer(RETURNS_SELF),
                (builder, context) -> when(builder.build())
                        .thenReturn(context.getCount() == 1 ? freshSettings : lastGoodSettings))) {
            caches = new SummaryCaches(cacheManager);
            builders = new ArrayList<>(construction.constructed());
        }

        assertThat(caches.fresh()).isSameAs(cacheManager.cache(SummaryCaches.FRESH_NAME));
        assertThat(cacheManager.cache(SummaryCaches.FRESH_NAME).settings()).isSameAs(freshSettings);
        assertThat(caches.lastGood()).isSameAs(cacheManager.cache(SummaryCaches.LAST_GOOD_NAME));
        assertThat(cacheManager.cache(SummaryCaches.LAST_GOOD_NAME).settings()).isSameAs(lastGoodSettings);
        caches.fresh().put("summary", "fresh copy");
        assertThat(caches.lastGood().get("summary")).as("two separate caches").isNull();
        CacheSettingsBuilder freshBuilder = builders.get(0);
        verify(freshBuilder).local();
        verify(freshBuilder).expireAfterWrite(60, TimeUnit.SECONDS);
        verify(freshBuilder).maxEntries(SummaryCaches.FRESH_MAX_ENTRIES);
        verify(freshBuilder, never()).remote();
        CacheSettingsBuilder lastGoodBuilder = builders.get(1);
        verify(lastGoodBuilder).remote();
        verify(lastGoodBuilder).replicateViaCopy();
        verify(lastGoodBuilder).expireAfterWrite(SummaryCaches.LAST_GOOD_TTL.toSeconds(), TimeUnit.SECONDS);
        verify(lastGoodBuilder).maxEntries(SummaryCaches.LAST_GOOD_MAX_ENTRIES);
        verify(lastGoodBuilder, never()).local();
    }
}
