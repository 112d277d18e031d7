package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Reads one class file into a {@link ClassInfo}: the references the JVM links at run time, strings, constructors. */
final class ClassScanner extends ClassVisitor {

    private static final int API = Opcodes.ASM9;

    private String name;
    private String superName;
    private final List<String> interfaces = new ArrayList<>();
    private int access;
    private int version;
    private final List<ClassInfo.Method> methods = new ArrayList<>();
    private final Set<String> references = new LinkedHashSet<>();
    private final Set<String> strings = new LinkedHashSet<>();
    private final Set<String> annotations = new LinkedHashSet<>();

    private ClassScanner() {
        super(API);
    }

    static ClassInfo scan(ClassReader reader) {
        ClassScanner scanner = new ClassScanner();
        reader.accept(scanner, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        scanner.references.remove(scanner.name);
        return new ClassInfo(scanner.name, scanner.superName, List.copyOf(scanner.interfaces),
                (scanner.access & Opcodes.ACC_INTERFACE) != 0, (scanner.access & Opcodes.ACC_ABSTRACT) != 0,
                (scanner.access & Opcodes.ACC_PUBLIC) != 0, List.copyOf(scanner.methods),
                Set.copyOf(scanner.references), Set.copyOf(scanner.strings), Set.copyOf(scanner.annotations),
                scanner.version & 0xFFFF);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.version = version;
        this.access = access;
        this.name = dotted(name);
        this.superName = superName == null ? null : dotted(superName);
        internal(superName);
        if (interfaces != null) {
            for (String i : interfaces) {
                this.interfaces.add(dotted(i));
                internal(i);
            }
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        if (!visible) {
            return null;
        }
        annotations.add(Type.getType(descriptor).getClassName());
        type(Type.getType(descriptor));
        return new Annotations();
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        type(Type.getType(descriptor));
        if (value instanceof String s) {
            strings.add(s);
        }
        return new FieldVisitor(API) {
            @Override
            public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
                return ClassScanner.this.visitAnnotationOnMember(desc, visible);
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        Type method = Type.getMethodType(descriptor);
        type(method);
        if (exceptions != null) {
            for (String e : exceptions) {
                internal(e);
            }
        }
        List<String> params = new ArrayList<>();
        for (Type t : method.getArgumentTypes()) {
            params.add(t.getClassName());
        }
        Set<String> methodAnnotations = new LinkedHashSet<>();
        return new Code(methodAnnotations, () -> methods.add(new ClassInfo.Method(name, List.copyOf(params),
                method.getReturnType().getClassName(), elementType(signature), (access & Opcodes.ACC_PUBLIC) != 0,
                (access & Opcodes.ACC_STATIC) != 0, Set.copyOf(methodAnnotations))));
    }

    private AnnotationVisitor visitAnnotationOnMember(String descriptor, boolean visible) {
        if (!visible) {
            return null;
        }
        type(Type.getType(descriptor));
        return new Annotations();
    }

    private final class Annotations extends AnnotationVisitor {
        Annotations() {
            super(API);
        }

        @Override
        public void visit(String name, Object value) {
            if (value instanceof Type t) {
                type(t);
            } else if (value instanceof String s) {
                strings.add(s);
            }
        }

        @Override
        public void visitEnum(String name, String descriptor, String value) {
            type(Type.getType(descriptor));
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String descriptor) {
            type(Type.getType(descriptor));
            return this;
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return this;
        }
    }

    private final class Code extends MethodVisitor {
        private final Set<String> annotations;
        private final Runnable onEnd;

        Code(Set<String> annotations, Runnable onEnd) {
            super(API);
            this.annotations = annotations;
            this.onEnd = onEnd;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (visible) {
                annotations.add(Type.getType(descriptor).getClassName());
            }
            return visitAnnotationOnMember(descriptor, visible);
        }

        @Override
        public void visitEnd() {
            onEnd.run();
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            return visitAnnotationOnMember(descriptor, visible);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            internal(type);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            internal(owner);
            type(Type.getType(descriptor));
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            internal(owner);
            type(Type.getMethodType(descriptor));
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            type(Type.getMethodType(descriptor));
            handle(bsm);
            for (Object arg : args) {
                constant(arg);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            constant(value);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dims) {
            type(Type.getType(descriptor));
        }

        @Override
        public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                                       org.objectweb.asm.Label handler, String type) {
            internal(type);
        }
    }

    private void constant(Object value) {
        if (value instanceof String s) {
            strings.add(s);
        } else if (value instanceof Type t) {
            type(t);
        } else if (value instanceof Handle h) {
            handle(h);
        }
    }

    private void handle(Handle h) {
        internal(h.getOwner());
        type(h.getTag() <= Opcodes.H_PUTSTATIC ? Type.getType(h.getDesc()) : Type.getMethodType(h.getDesc()));
    }

    private void internal(String internalName) {
        if (internalName == null) {
            return;
        }
        type(internalName.startsWith("[") ? Type.getType(internalName) : Type.getObjectType(internalName));
    }

    private void type(Type t) {
        switch (t.getSort()) {
            case Type.ARRAY -> type(t.getElementType());
            case Type.OBJECT -> references.add(t.getClassName());
            case Type.METHOD -> {
                type(t.getReturnType());
                for (Type a : t.getArgumentTypes()) {
                    type(a);
                }
            }
            default -> { }
        }
    }

    private static final java.util.regex.Pattern COLLECTION_RETURN = java.util.regex.Pattern.compile(
            "\\)Ljava/(?:util/(?:List|Collection|Set)|lang/Iterable)<L([\\w/$]+);>;$");

    /** The element type of a method returning List<T> (and the like), from its generic signature. */
    private static String elementType(String signature) {
        if (signature == null) {
            return null;
        }
        java.util.regex.Matcher m = COLLECTION_RETURN.matcher(signature);
        return m.find() ? dotted(m.group(1)) : null;
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }
}
