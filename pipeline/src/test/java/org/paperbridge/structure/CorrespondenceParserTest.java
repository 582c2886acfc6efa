package org.paperbridge.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.Author;
import org.paperbridge.model.Bilingual;

class CorrespondenceParserTest {
    private final CorrespondenceParser parser = new CorrespondenceParser();

    private static Author author(String zh, String en, boolean starred) {
        return new Author(new Bilingual(zh, en), starred, null, List.of(0));
    }

    private final List<Author> authors = List.of(author("齐泽强", "QI Zeqiang", false), author("王亚东", "WANG Yadong", true));

    @Test
    void givesBareEmailToTheStarredAuthor() {
        List<Author> out = parser.attach(authors, List.of("wangyadong@example.cn"), List.of(), new ArrayList<>());
        assertEquals("wangyadong@example.cn", out.get(1).email());
        assertNull(out.get(0).email());
    }

    @Test
    void givesEmailToTheAuthorTheNoteNames() {
        List<Author> unmarked = List.of(author("齐泽强", "QI Zeqiang", false), author("王亚东", "WANG Yadong", false));
        List<Author> out = parser.attach(unmarked, List.of("李四, 教授; 齐泽强, 教授, E-mail: qi@example.cn"), List.of(),
                new ArrayList<>());
        assertTrue(out.get(0).corresponding());
        assertEquals("qi@example.cn", out.get(0).email());
        assertFalse(out.get(1).corresponding());
    }

    @Test
    void matchesEnglishNamesInEitherOrder() {
        List<Author> out = parser.attach(authors, List.of("Yadong Wang, E-mail: w@example.com."), List.of(), new ArrayList<>());
        assertEquals("w@example.com", out.get(1).email());
    }

    @Test
    void biographyGivesEmailWithoutMakingCorresponding() {
        List<Author> out = parser.attach(authors, List.of("w@example.cn"),
                List.of("齐泽强(1985-),男,河北石家庄人,硕士, E-mail: qi@example.cn"), new ArrayList<>());
        assertEquals("qi@example.cn", out.get(0).email());
        assertFalse(out.get(0).corresponding());
        assertEquals("w@example.cn", out.get(1).email());
    }

    @Test
    void warnsWhenNoAuthorCanTakeTheEmail() {
        List<String> warnings = new ArrayList<>();
        List<Author> unmarked = List.of(author("齐泽强", null, false), author("王亚东", null, false));
        parser.attach(unmarked, List.of("x@example.cn"), List.of(), warnings);
        assertEquals(1, warnings.size());
    }
}
