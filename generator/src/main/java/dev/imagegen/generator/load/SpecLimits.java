package dev.imagegen.generator.load;

/**
 * The largest specs the generator takes. Each keeps the generated code far from the JVM's limits (64 KiB
 * of bytecode per method, 65,535 constants per class) and from the file system's (255 bytes per file
 * name); a spec past one is refused with its reason. The schema states the limits of one file, the
 * loader those across files; {@code SpecLimitsTest} checks that the schema agrees.
 */
public final class SpecLimits {

  /** Models of one provider: its client and catalog grow by a few bytes of bytecode and about twenty constants per model. */
  public static final int MODELS_PER_PROVIDER = 2000;

  /** Parameters of one model: its request type's rules initializer grows by at most about 80 bytes per parameter. */
  public static final int PARAMETERS_PER_MODEL = 300;

  /** Values of one enum parameter: each is a constant of the nested enum, whose initializer grows by about 30 bytes a value. */
  public static final int ENUM_VALUES = 1000;

  /** Characters of an enum value, which becomes a string constant. */
  public static final int ENUM_VALUE_LENGTH = 1000;

  /** Characters of a provider or model id, which names generated files. */
  public static final int ID_LENGTH = 100;

  /** Characters of a parameter name, which names generated methods. */
  public static final int PARAMETER_NAME_LENGTH = 100;

  private SpecLimits() {}
}
