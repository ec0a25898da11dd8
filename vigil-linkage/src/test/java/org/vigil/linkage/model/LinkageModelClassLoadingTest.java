package org.vigil.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.vigil.linkage.table.Field;

/**
 * A model that is built and used but never saved or loaded does not load the JSON library: in a fresh JVM,
 * {@code vigil link} without {@code --model} would otherwise load and verify hundreds of Jackson classes
 * before training. The classes are loaded afresh by a loader that records what it loads.
 */
class LinkageModelClassLoadingTest {

    @Test
    void buildingAModelLoadsNoJsonLibraryAndSavingOneDoes() throws Exception {
        List<String> loaded = Collections.synchronizedList(new ArrayList<>());
        Class<?> lang3 = Class.forName("org.apache.commons.lang3.StringUtils", false,
                JaroWinklerSimilarity.class.getClassLoader()); // commons-text's own dependency
        Class<?> annotations = Class.forName("com.fasterxml.jackson.annotation.JsonProperty", false,
                ObjectMapper.class.getClassLoader());
        URL[] jars = Stream.of(LinkageModel.class, ObjectMapper.class, JsonProcessingException.class,
                        JaroWinklerSimilarity.class, lang3, annotations, DoubleMetaphone.class, CSVFormat.class)
                .map(c -> c.getProtectionDomain().getCodeSource().getLocation()).distinct().toArray(URL[]::new);
        try (URLClassLoader fresh = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                loaded.add(name);
                return super.findClass(name);
            }
        }) {
            Class<?> field = fresh.loadClass(Field.class.getName());
            Class<?> comparisons = fresh.loadClass("org.vigil.linkage.comparison.Comparisons");
            Class<?> model = fresh.loadClass(LinkageModel.class.getName());
            Object fields = Set.copyOf(EnumSet.range(Field.GIVEN_NAME, Field.LOCALITY).stream()
                    .map(f -> valueOf(field, f.name())).toList());
            Object defaults = comparisons.getMethod("defaultsFor", Set.class).invoke(null, fields);
            Object priors = model.getMethod("withPriors", List.class, double.class).invoke(null, defaults, 1e-4);
            Method weight = model.getMethod("weight", int.class, int.class);
            assertThat((double) weight.invoke(priors, 0, 1)).isPositive();

            assertThat(loaded).contains(LinkageModel.class.getName())
                    .noneMatch(name -> name.startsWith("com.fasterxml.jackson.databind"));

            model.getMethod("toJson").invoke(priors);
            assertThat(loaded).contains(ObjectMapper.class.getName());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object valueOf(Class<?> enumClass, String name) {
        return Enum.valueOf((Class) enumClass, name);
    }
}
