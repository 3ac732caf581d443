package org.opendti.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opendti.Framework;
import org.opendti.FrameworkStatus;

/**
 * Worked example frameworks shipped as editable files. They are examples, not official documents.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ExampleFrameworks {
  /** The id of {@link #subProvincial()}. */
  public static final String SUB_PROVINCIAL_ID = "example-subprovincial";
  /** The classpath location of the sub-provincial example's table. */
  public static final String SUB_PROVINCIAL_RESOURCE = "/org/opendti/io/frameworks/example-subprovincial.csv";

  private ExampleFrameworks() {}

  /**
   * A sub-provincial framework of the kind provinces publish for their departments, districts and communes, written
   * for this SDK as an example (not an official document): 1000 points in six main indicators and 17 components with
   * ratio, threshold, categorical, binary and target rules, evidence and data-source columns, in the table layout of
   * provincial decisions. Copy {@link #SUB_PROVINCIAL_RESOURCE} (or export it with {@link FrameworkTableWriter}) to
   * edit it.
   *
   * @return the framework, status {@link FrameworkStatus#EXAMPLE}, not null
   */
  public static Framework subProvincial() {
    try (InputStream in = ExampleFrameworks.class.getResourceAsStream(SUB_PROVINCIAL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SUB_PROVINCIAL_RESOURCE);
      }
      Framework f = FrameworkTableReader.of(CsvOptions.defaults()).read("example-subprovincial.csv",
          SUB_PROVINCIAL_ID, "Bộ chỉ số DTI sở, ngành, địa phương (ví dụ, không phải văn bản chính thức)",
          in.readAllBytes());
      return Framework.builder().id(f.id()).version("example").nameVi(f.nameVi())
          .nameEn("Department and district DTI (worked example, not an official document)").addAllNodes(f.nodes())
          .unitKind(f.unitKind()).status(FrameworkStatus.EXAMPLE).appliesTo("example").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
