import { describe, expect, it } from 'vitest';
import { backendChoice, isSoftwareGpu, pickBackend, setBackendChoice, storedChoice, WEBGL_WIN } from './backend';
import { rendererFor } from './renderer';

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
};

describe('the backend for big graphs', () => {
  it('knows software GPUs by the names WebGL gives them', () => {
    expect(isSoftwareGpu('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareGpu('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareGpu('Microsoft Basic Render Driver')).toBe(true);
    expect(isSoftwareGpu('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareGpu('Apple M2')).toBe(false);
  });

  it('takes WebGL only for a clear win', () => {
    expect(pickBackend(40, 40 * WEBGL_WIN)).toBe('webgl');
    expect(pickBackend(40, 39)).toBe('canvas');
    expect(pickBackend(16.7, 250)).toBe('canvas');
    expect(pickBackend(40, NaN)).toBe('canvas');
  });

  it('keeps a measurement for the GPU it was made on, and decides again from its figures', () => {
    const storage = memory();
    setBackendChoice({ backend: 'webgl', reason: 'measured', gpu: 'Apple M2', canvasMs: 60, webglMs: 16 }, storage);
    expect(backendChoice().backend).toBe('webgl');
    expect(storedChoice(storage, 'Apple M2')).toEqual({ backend: 'webgl', reason: 'measured', gpu: 'Apple M2', canvasMs: 60, webglMs: 16 });
    expect(storedChoice(storage, 'Another GPU')).toBeNull();
    // An edited entry cannot choose against its own figures.
    storage.setItem('gotopo:renderer', JSON.stringify({ backend: 'webgl', gpu: 'Apple M2', canvasMs: 16, webglMs: 60 }));
    expect(storedChoice(storage, 'Apple M2')?.backend).toBe('canvas');
    storage.setItem('gotopo:renderer', '{not json');
    expect(storedChoice(storage, 'Apple M2')).toBeNull();
    // Choices made without measuring are not kept.
    const other = memory();
    setBackendChoice({ backend: 'canvas', reason: 'software', gpu: 'llvmpipe' }, other);
    expect(other.items.size).toBe(0);
  });

  it('draws big scenes with WebGL only where it won, without the canvas texture tricks', () => {
    expect(rendererFor(1000, 5000, 'webgl').options).toMatchObject({ webgl: true, textureOnViewport: false, hideEdgesOnViewport: false });
    expect(rendererFor(1000, 5000, 'canvas').options).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true });
    expect(rendererFor(1000, 5000, 'canvas').options.webgl).toBeUndefined();
    expect(rendererFor(40, 100, 'webgl').options.webgl).toBeUndefined();
  });
});
