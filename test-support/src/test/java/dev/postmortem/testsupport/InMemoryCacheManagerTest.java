package dev.postmortem.testsupport;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryCacheManagerTest {

    private final InMemoryCacheManager manager = new InMemoryCacheManager();
    private final List<String> loaded = new ArrayList<>();

    private Cache<String, String> lengths() {
        return manager.getCache("lengths", key -> {
            loaded.add(key);
            return key + ":" + key.length();
        }, null);
    }

    @Test
    void aMissIsLoadedOnceAndThenAnsweredFromTheCache() {
        Cache<String, String> cache = lengths();

        assertThat(cache.get("abc")).isEqualTo("abc:3");
        assertThat(cache.get("abc")).isEqualTo("abc:3");

        assertThat(loaded).containsExactly("abc");
    }

    @Test
    void removeForcesAReloadOfThatKeyOnly() {
        Cache<String, String> cache = lengths();
        cache.get("a");
        cache.get("bb");

        cache.remove("a");
        cache.get("a");
        cache.get("bb");

        assertThat(loaded).containsExactly("a", "bb", "a");
    }

    @Test
    void removeAllForcesAReloadOfEveryKey() {
        Cache<String, String> cache = lengths();
        cache.get("a");
        cache.put("bb", "put");

        cache.removeAll();

        assertThat(manager.cache("lengths").size()).isZero();
        assertThat(cache.get("bb")).isEqualTo("bb:2");
        assertThat(loaded).containsExactly("a", "bb");
    }

    @Test
    void withoutALoaderAMissIsNull() {
        Cache<String, String> cache = manager.getCache("plain", null, null);

        assertThat(cache.get("x")).isNull();
        cache.put("x", "1");
        assertThat(cache.get("x")).isEqualTo("1");
    }

    @Test
    void theSameNameIsTheSameCacheWithTheSettingsOfItsCreation() {
        CacheSettings first = new CacheSettings() {
        };
        Cache<String, String> cache = manager.getCache("named", null, first);

        assertThat(manager.<String, String>getCache("named", null, null)).isSameAs(cache);
        assertThat(manager.cache("named")).isSameAs(cache);
        assertThat(manager.cache("named").settings()).isSameAs(first);
        assertThatThrownBy(() -> manager.cache("other")).isInstanceOf(AssertionError.class);
    }
}
