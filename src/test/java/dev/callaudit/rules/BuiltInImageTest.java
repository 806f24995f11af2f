package dev.callaudit.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The build's image of the built-in packs says what their YAML says. */
class BuiltInImageTest {

    @Test
    void theImageIsMadeFromThePacksInTheBuild() throws Exception {
        BuiltInImage.Image image = BuiltInImage.read();
        assertNotNull(image, "no image of the built-in packs, or one made from other YAML (is the build's process-classes step skipped?)");
    }

    @Test
    void everyPackOfTheImageEqualsThePackLoadedFromItsYaml() throws Exception {
        BuiltInImage.Image image = BuiltInImage.read();
        assertNotNull(image);
        RuleBook yaml = new RulesLoader(false).loadFromYaml(List.of(), List.of(), null);
        assertEquals(yaml.hash(), image.hash());
        assertEquals(List.copyOf(yaml.packNames()), List.copyOf(image.packs().keySet()));
        for (String pack : yaml.packNames()) {
            assertEquals(yaml.effectiveFile(pack), image.packs().get(pack).get(), pack);
        }
    }

    @Test
    void aRunOnTheBuiltInPacksAloneGetsTheSameBookAsFromYaml() throws Exception {
        RuleBook fast = new RulesLoader().load(List.of(), List.of(), "zh-TW");
        RuleBook yaml = new RulesLoader(false).loadFromYaml(List.of(), List.of(), "zh-TW");
        assertEquals(yaml.hash(), fast.hash());
        assertEquals(yaml.packNames(), fast.packNames());
        assertEquals(yaml.defaultPack(), fast.defaultPack());
        assertEquals(yaml.forbiddenRule("zh-dont-know"), fast.forbiddenRule("zh-dont-know"));
        for (String pack : yaml.packNames()) {
            assertEquals(yaml.effectiveFile(pack), fast.effectiveFile(pack), pack);
            assertEquals(yaml.effective(pack), fast.effective(pack), pack); // the trees come from the YAML when asked for
            assertEquals(yaml.pack(pack).orElseThrow().forbidden(), fast.pack(pack).orElseThrow().forbidden(), pack);
        }
    }
}
