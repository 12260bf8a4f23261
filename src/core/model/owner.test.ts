import { describe, expect, it } from 'vitest';
import { ownerOf } from './owner';

describe('ownerOf', () => {
  it.each([
    ['github.com/gin-gonic/gin', 'github.com/gin-gonic'],
    ['github.com/go-playground/validator/v10', 'github.com/go-playground'],
    ['golang.org/x/net', 'golang.org/x'],
    ['golang.org/dl', 'golang.org'],
    ['k8s.io/apimachinery', 'k8s.io'],
    ['sigs.k8s.io/yaml', 'sigs.k8s.io'],
    ['gopkg.in/yaml.v3', 'gopkg.in'],
    ['go.opentelemetry.io/otel/trace', 'go.opentelemetry.io'],
    ['google.golang.org/protobuf', 'google.golang.org'],
    ['gitlab.com/group/project', 'gitlab.com/group'],
    ['example', 'example'],
    ['github.com', 'github.com'],
    ['github.com/', 'github.com'],
  ])('%s belongs to %s', (path, owner) => {
    expect(ownerOf(path)).toBe(owner);
  });
});
