package dev.postmortem.confluence.macro;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** The cluster decisions: a node-local short cache, a replicated last-good cache; both with the documented TTLs. */
class SummaryCachesTest {

    @Test
    @SuppressWarnings("unchecked")
    void freshCacheIsLocalAndLastGoodCacheIsReplicatedByCopy() {
        CacheManager cacheManager = mock(CacheManager.class);
        Cache<Object, Object> fresh = mock(Cache.class);
        Cache<Object, Object> lastGood = mock(Cache.class);
        CacheSettings freshSettings = mock(CacheSettings.class);
        CacheSettings lastGoodSettings = mock(CacheSettings.class);
        when(cacheManager.getCache(eq(SummaryCaches.FRESH_NAME), isNull(), eq(freshSettings))).thenReturn(fresh);
        when(cacheManager.getCache(eq(SummaryCaches.LAST_GOOD_NAME), isNull(), eq(lastGoodSettings))).thenReturn(lastGood);

        SummaryCaches caches;
        List<CacheSettingsBuilder> builders;
        try (MockedConstruction<CacheSettingsBuilder> construction = mockConstruction(CacheSettingsBuilder.class,
                withSettings().defaultAnswer(RETURNS_SELF),
                (builder, context) -> when(builder.build())
                        .thenReturn(context.getCount() == 1 ? freshSettings : lastGoodSettings))) {
            caches = new SummaryCaches(cacheManager);
            builders = new ArrayList<>(construction.constructed());
        }

        assertThat(caches.fresh()).isSameAs(fresh);
        assertThat(caches.lastGood()).isSameAs(lastGood);
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
