package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The media fields of a v2 result answer: each field the spec's {@code async.result} declares, in its
 * order, left out or holding random items ({@link MediaItems}); then up to two fields the spec does not
 * declare (Segmind's names, and others), holding media files that the client must not read.
 *
 * @param fields every media field sent, the declared ones first, in the order they are written
 */
public record ResultMedia(Map<String, JsonNode> fields) {

  /** Where media may sit at some provider; those a spec does not name are decoys for it. */
  private static final List<String> OTHER_FIELDS = List.of("images", "video", "media", "files", "renders", "preview");
  private static final int MAX_UNDECLARED = 2;

  public ResultMedia {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public static Gen<ResultMedia> of(ModelUnderTest model) {
    ResultFieldsSpec spec = Replies.resultFields(model.requireV2());
    List<String> declared = spec.mediaFields();
    List<String> decoys = OTHER_FIELDS.stream().filter(field -> !named(spec).contains(field)).toList();
    Gen<List<Optional<JsonNode>>> values = lists().of(MediaItems.fieldValues()).ofSize(declared.size());
    Gen<List<String>> undeclared = lists().of(Generate.pick(decoys)).ofSizeBetween(0, decoys.isEmpty() ? 0 : MAX_UNDECLARED)
        .map(names -> names.stream().distinct().toList());
    Gen<List<JsonNode>> decoyValues = lists().of(MediaItems.fileLists()).ofSize(MAX_UNDECLARED);
    return values.zip(undeclared, decoyValues, (declaredValues, decoyNames, decoyLists) -> {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (int i = 0; i < declared.size(); i++) {
        int field = i;
        declaredValues.get(i).ifPresent(value -> fields.put(declared.get(field), value));
      }
      for (int i = 0; i < decoyNames.size(); i++) {
        fields.put(decoyNames.get(i), decoyLists.get(i));
      }
      return new ResultMedia(fields);
    });
  }

  /** Every field the spec names in a result, which a decoy must not take. */
  private static Set<String> named(ResultFieldsSpec spec) {
    Set<String> named = new HashSet<>(spec.mediaFields());
    named.add(spec.output());
    named.add("status");
    named.add("error");
    spec.seedField().ifPresent(named::add);
    spec.metricsField().ifPresent(named::add);
    return named;
  }

  /** The fields as JSON: {@code images={...}, video=[...]}. */
  @Override
  public String toString() {
    return fields.entrySet().stream().map(field -> field.getKey() + "=" + Reply.text(field.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
